#include "light/objects/cell.h"

#include "light/objects/abstract.h"
#include "light/objects/exceptions.h"
#include "light/runtime/error.h"

namespace pytier::light {

Type cell_type;

namespace {

void cell_dealloc(Object* o) {
  xdecref(static_cast<Cell*>(o)->ref);
  free_object(o);
}

Value cell_contents(Value self) {
  Value v = self.as<Cell>()->ref;
  if (!v) return raise_str(&exc::ValueError, "Cell is empty");
  return newref(v);
}

int cell_set_contents(Value self, Value v) {
  set_slot(&self.as<Cell>()->ref, v ? newref(v) : Value());
  return 0;
}

Value cell_repr(Value self) {
  Value v = self.as<Cell>()->ref;
  if (!v) return format_str("<cell at %p: empty>", static_cast<void*>(self.object()));
  return format_str("<cell at %p: %s object at %p>", static_cast<void*>(self.object()), type_of(v)->name.c_str(),
                    static_cast<void*>(v.is_small() ? nullptr : v.object()));
}

const GetSetDef kCellGetsets[] = {
    {"cell_contents", cell_contents, cell_set_contents},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Value cell_new(Value v) {
  Cell* c = alloc<Cell>(&cell_type);
  if (!c) return Value();
  c->ref = v ? newref(v) : Value();
  return c;
}

void init_cell_type() {
  Type* t = &cell_type;
  t->name = "cell";
  t->basic_size = sizeof(Cell);
  t->dealloc = cell_dealloc;
  t->repr = cell_repr;
  t->getsets = kCellGetsets;
}

}  // namespace pytier::light
