// The object model through its C++ API: values, protocols, messages.
#include <gtest/gtest.h>

#include <string>

#include "light/objects/abstract.h"
#include "light/objects/dict.h"
#include "light/objects/exceptions.h"
#include "light/objects/float.h"
#include "light/objects/int.h"
#include "light/objects/list.h"
#include "light/objects/set.h"
#include "light/objects/singletons.h"
#include "light/objects/str.h"
#include "light/objects/tuple.h"
#include "light/objects/type.h"
#include "light/runtime/error.h"
#include "light/runtime/init.h"

namespace pytier::light {
namespace {

class ObjectsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    static bool ready = runtime_init();
    ASSERT_TRUE(ready);
  }
  void TearDown() override { clear_error(); }

  static std::string repr_of(Value v) {
    Ref r(repr(v));
    if (!r) return "<error: " + pending_message() + ">";
    return str_to_utf8(r.get());
  }
  // "TypeError: message" for the pending exception (and clears it).
  static std::string pending_message() {
    Ref e(fetch());
    if (!e) return "<none>";
    Ref s(str(e.get()));
    return type_of(e.get())->name + ": " + (s ? str_to_utf8(s.get()) : "?");
  }
  static Value s(const char* text) { return str_intern(text); }
};

TEST_F(ObjectsTest, SmallIntsAreImmediate) {
  Value v = int_from_i64(42);
  EXPECT_TRUE(v.is_small());
  EXPECT_EQ(v.small_value(), 42);
  EXPECT_EQ(type_of(v), &int_type);
  EXPECT_EQ(repr_of(v), "42");
}

TEST_F(ObjectsTest, OverflowPromotesToBigInt) {
  Ref big(binary_op(int_from_i64(Value::kSmallMax), Value::small(1), BinaryOp::Add));
  ASSERT_TRUE(big);
  EXPECT_FALSE(big.get().is_small());
  EXPECT_EQ(repr_of(big.get()), "4611686018427387904");
  Ref back(binary_op(big.get(), Value::small(1), BinaryOp::Subtract));
  EXPECT_TRUE(back.get().is_small());
  Ref p(binary_op(Value::small(2), Value::small(100), BinaryOp::Power));
  EXPECT_EQ(repr_of(p.get()), "1267650600228229401496703205376");
}

TEST_F(ObjectsTest, IntDivisionFollowsPython) {
  Ref q(binary_op(Value::small(-7), Value::small(2), BinaryOp::FloorDivide));
  EXPECT_EQ(q.get().small_value(), -4);
  Ref m(binary_op(Value::small(-7), Value::small(2), BinaryOp::Remainder));
  EXPECT_EQ(m.get().small_value(), 1);
  Ref t(binary_op(Value::small(10), Value::small(4), BinaryOp::TrueDivide));
  EXPECT_EQ(repr_of(t.get()), "2.5");
  EXPECT_FALSE(binary_op(Value::small(1), Value::small(0), BinaryOp::FloorDivide));
  EXPECT_EQ(pending_message(), "ZeroDivisionError: integer division or modulo by zero");
}

TEST_F(ObjectsTest, UnsupportedOperandMessage) {
  EXPECT_FALSE(binary_op(Value::small(1), s("a"), BinaryOp::Add));
  EXPECT_EQ(pending_message(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  EXPECT_FALSE(compare(Value::small(1), s("a"), CompareOp::Lt));
  EXPECT_EQ(pending_message(), "TypeError: '<' not supported between instances of 'int' and 'str'");
}

TEST_F(ObjectsTest, FloatReprAndMixedComparison) {
  Ref f(float_from_double(0.1));
  Ref sum(binary_op(f.get(), float_from_double(0.2), BinaryOp::Add));
  EXPECT_EQ(repr_of(sum.get()), "0.30000000000000004");
  Ref one(float_from_double(1.0));
  EXPECT_EQ(compare_bool(one.get(), Value::small(1), CompareOp::Eq), 1);
  EXPECT_EQ(hash(one.get()), hash(Value::small(1)));
}

TEST_F(ObjectsTest, StrReprChoosesQuotes) {
  Ref a(str_from_utf8("it's"));
  EXPECT_EQ(repr_of(a.get()), "\"it's\"");
  Ref b(str_from_utf8("tab\there\n\xc3\xa9"));
  EXPECT_EQ(repr_of(b.get()), "'tab\\there\\n\xc3\xa9'");
}

TEST_F(ObjectsTest, StrWidthsAndIndexing) {
  Ref text(str_from_utf8("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));  // a é € 😀
  Str* st = text.as<Str>();
  EXPECT_EQ(st->length, 4);
  EXPECT_EQ(st->kind, 4);
  EXPECT_EQ(st->at(3), char32_t(0x1F600));
  Ref item(getitem(text.get(), Value::small(-2)));
  EXPECT_EQ(str_to_utf8(item.get()), "\xe2\x82\xac");
}

TEST_F(ObjectsTest, InterningGivesOneObject) {
  EXPECT_EQ(str_intern("spam"), str_intern("spam"));
  Ref made(str_from_utf8("spam"));
  EXPECT_EQ(str_intern_steal(made.release()), str_intern("spam"));
}

TEST_F(ObjectsTest, ContainersRepr) {
  Ref l(list_new(0));
  ASSERT_EQ(list_append(l.get(), Value::small(1)), 0);
  ASSERT_EQ(list_append(l.get(), s("x")), 0);
  ASSERT_EQ(list_append(l.get(), l.get()), 0);
  EXPECT_EQ(repr_of(l.get()), "[1, 'x', [...]]");
  Ref t(tuple_pack({Value::small(1)}));
  EXPECT_EQ(repr_of(t.get()), "(1,)");
  EXPECT_EQ(repr_of(empty_tuple()), "()");
}

TEST_F(ObjectsTest, DictKeepsInsertionOrder) {
  Ref d{Value(dict_new())};
  for (int i : {5, 3, 9, 1}) ASSERT_EQ(dict_set(as_dict(d.get()), Value::small(i), Value::small(i * i)), 0);
  ASSERT_EQ(dict_del(as_dict(d.get()), Value::small(3)), 0);
  ASSERT_EQ(dict_set(as_dict(d.get()), Value::small(3), none()), 0);
  EXPECT_EQ(repr_of(d.get()), "{5: 25, 9: 81, 1: 1, 3: None}");
  EXPECT_FALSE(getitem(d.get(), s("missing")));
  EXPECT_EQ(pending_message(), "KeyError: 'missing'");
}

TEST_F(ObjectsTest, SetIterationOrderMatchesCPython) {
  // CPython 3.11: adding 100, 5, 37, 8, 64, 1000, -3 one by one to set().
  Ref set(set_new(&set_type));
  for (int i : {100, 5, 37, 8, 64, 1000, -3}) ASSERT_EQ(set_add(set.get(), Value::small(i)), 0);
  EXPECT_EQ(repr_of(set.get()), "{64, 100, 37, 5, 8, 1000, -3}");
}

TEST_F(ObjectsTest, TupleHashMatchesCPython) {
  Ref t(tuple_pack({Value::small(1), Value::small(2)}));
  EXPECT_EQ(hash(t.get()), -3550055125485641917);
  EXPECT_EQ(hash(empty_tuple()), 5740354900026072187);
}

TEST_F(ObjectsTest, ExceptionsCarryArgsAndMessages) {
  Value arg = s("a");
  Ref e(exception_new(&exc::KeyError, &arg, 1));
  EXPECT_EQ(repr_of(e.get()), "KeyError('a')");
  Ref text(str(e.get()));
  EXPECT_EQ(str_to_utf8(text.get()), "'a'");
  EXPECT_TRUE(is_subtype(&exc::KeyError, &exc::LookupError));
  EXPECT_TRUE(is_subtype(&exc::ModuleNotFoundError, &exc::Exception));
}

TEST_F(ObjectsTest, ClassCreationThroughType) {
  Ref ns{Value(dict_new())};
  ASSERT_EQ(dict_set(as_dict(ns.get()), s("x"), Value::small(7)), 0);
  Value args[3] = {s("Point"), tuple_pack({Value(&object_type)}), ns.get()};
  Ref bases(args[1]);
  Ref cls(call(Value(&type_type), args, 3));
  ASSERT_TRUE(cls) << pending_message();
  Ref inst(call0(cls.get()));
  ASSERT_TRUE(inst);
  Ref x(getattr(inst.get(), s("x")));
  EXPECT_EQ(x.get().small_value(), 7);
  ASSERT_EQ(setattr(inst.get(), s("y"), Value::small(3)), 0);
  Ref y(getattr(inst.get(), s("y")));
  EXPECT_EQ(y.get().small_value(), 3);
  EXPECT_FALSE(getattr(inst.get(), s("z")));
  EXPECT_EQ(pending_message(), "AttributeError: 'Point' object has no attribute 'z'");
}

TEST_F(ObjectsTest, InconsistentMroIsRejected) {
  auto make = [&](const char* name, std::initializer_list<Value> bases) {
    Ref ns{Value(dict_new())};
    Ref b(tuple_from_array(bases.begin(), bases.size()));
    Value args[3] = {s(name), b.get(), ns.get()};
    return Ref(call(Value(&type_type), args, 3));
  };
  Ref a = make("A", {});
  Ref b = make("B", {a.get()});
  Ref c = make("C", {a.get(), b.get()});
  EXPECT_FALSE(c);
  EXPECT_EQ(pending_message(),
            "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
}

TEST_F(ObjectsTest, BuiltinMethodArity) {
  Ref l(list_new(0));
  Ref append(getattr(l.get(), s("append")));
  EXPECT_FALSE(call0(append.get()));
  EXPECT_EQ(pending_message(), "TypeError: list.append() takes exactly one argument (0 given)");
  Ref insert(getattr(l.get(), s("insert")));
  EXPECT_FALSE(call1(insert.get(), Value::small(0)));
  EXPECT_EQ(pending_message(), "TypeError: insert expected 2 arguments, got 1");
}

TEST_F(ObjectsTest, FormatMiniLanguage) {
  Ref spec(str_from_ascii(">8.3f"));
  Ref f(float_from_double(3.14159));
  Ref out(format(f.get(), spec.get()));
  ASSERT_TRUE(out);
  EXPECT_EQ(str_to_utf8(out.get()), "   3.142");
  Ref pct(str_from_ascii("%05d|%-4s|%x"));
  Ref args(tuple_pack({Value::small(42), s("ab"), Value::small(255)}));
  Ref r(binary_op(pct.get(), args.get(), BinaryOp::Remainder));
  ASSERT_TRUE(r) << pending_message();
  EXPECT_EQ(str_to_utf8(r.get()), "00042|ab  |ff");
}

}  // namespace
}  // namespace pytier::light
