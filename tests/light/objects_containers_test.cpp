// dict, set and list through their C++ API: the layouts CPython's output
// depends on (insertion order, set table order, stable sorting).
#include <gtest/gtest.h>

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/set.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/runtime/error.h"
#include "light/runtime/init.h"

namespace pytier::light {
namespace {

class ContainersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool ready = runtime_init();
    ASSERT_TRUE(ready);
  }
  void TearDown() override { clear_error(); }
  static std::string repr_of(Value v) {
    Ref r(repr(v));
    return r ? str_to_utf8(r.get()) : "<error>";
  }
};

TEST_F(ContainersTest, DictSurvivesResizesAndDeletions) {
  Ref d{Value(dict_new())};
  Dict* dict = as_dict(d.get());
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(dict_set(dict, Value::small(i), Value::small(-i)), 0);
  for (int i = 0; i < 1000; i += 3) ASSERT_EQ(dict_del(dict, Value::small(i)), 0);
  EXPECT_EQ(dict->used, 666);
  int64_t pos = 0, expected = 1;
  Value k, v;
  while (dict_next(dict, &pos, &k, &v)) {
    EXPECT_EQ(k.small_value(), expected);
    EXPECT_EQ(v.small_value(), -expected);
    expected += expected % 3 == 2 ? 2 : 1;
  }
  EXPECT_FALSE(dict_get(dict, Value::small(999)));
  EXPECT_EQ(dict_get(dict, Value::small(998)).small_value(), -998);
}

TEST_F(ContainersTest, DictVersionTags) {
  Ref d{Value(dict_new())};
  Dict* dict = as_dict(d.get());
  ASSERT_EQ(dict_set(dict, str_intern("a"), Value::small(1)), 0);
  uint64_t version = dict->version, keys = dict->keys_version;
  ASSERT_EQ(dict_set(dict, str_intern("a"), Value::small(2)), 0);
  EXPECT_NE(dict->version, version);
  EXPECT_EQ(dict->keys_version, keys);  // a value change keeps cached entry indexes valid
  ASSERT_EQ(dict_set(dict, str_intern("b"), Value::small(3)), 0);
  EXPECT_NE(dict->keys_version, keys);
}

TEST_F(ContainersTest, SetOrderAfterDiscardAndResize) {
  // set(range(20)) minus the evens, then 100 and 2 added back: as CPython 3.11.
  Ref s(set_new(&set_type));
  for (int i = 0; i < 20; ++i) ASSERT_EQ(set_add(s.get(), Value::small(i)), 0);
  for (int i = 0; i < 20; i += 2) ASSERT_EQ(set_discard(s.get(), Value::small(i)), 1);
  ASSERT_EQ(set_add(s.get(), Value::small(100)), 0);
  ASSERT_EQ(set_add(s.get(), Value::small(2)), 0);
  EXPECT_EQ(repr_of(s.get()), "{1, 3, 5, 7, 9, 11, 13, 15, 17, 2, 19, 100}");
}

TEST_F(ContainersTest, FrozensetHashIgnoresOrder) {
  Ref a(set_new(&frozenset_type)), b(set_new(&frozenset_type));
  for (int i : {1, 2, 3}) ASSERT_EQ(set_add(a.get(), Value::small(i)), 0);
  for (int i : {3, 2, 1}) ASSERT_EQ(set_add(b.get(), Value::small(i)), 0);
  EXPECT_EQ(hash(a.get()), hash(b.get()));
  EXPECT_EQ(hash(a.get()), -272375401224217160);  // hash(frozenset({1, 2, 3})) in CPython 3.11
}

TEST_F(ContainersTest, SortIsStableWithReverse) {
  Ref l(list_new(0));
  const int pairs[][2] = {{1, 0}, {0, 1}, {1, 2}, {0, 3}, {1, 4}};
  for (auto& p : pairs) {
    Ref t(tuple_pack({Value::small(p[0]), Value::small(p[1])}));
    ASSERT_EQ(list_append(l.get(), t.get()), 0);
  }
  // Sorted by whole tuples; reverse=True keeps equal keys in order, so a
  // key on the first field shows the stability.
  Value first_key = Value();
  ASSERT_EQ(list_sort(l.get(), first_key, true), 0);
  EXPECT_EQ(repr_of(l.get()), "[(1, 4), (1, 2), (1, 0), (0, 3), (0, 1)]");
}

TEST_F(ContainersTest, ListFromIterables) {
  Ref l(list_from_array(nullptr, 0));
  EXPECT_EQ(repr_of(l.get()), "[]");
  Ref t(tuple_pack({Value::small(1), str_intern("x")}));
  Ref l2(list_from_iterable(t.get()));
  EXPECT_EQ(repr_of(l2.get()), "[1, 'x']");
}

}  // namespace
}  // namespace pytier::light
