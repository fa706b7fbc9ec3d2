# A text editor buffer with the command pattern: insert/delete/replace, undo/redo, macros and marks.
from abc import ABC, abstractmethod


class Command(ABC):
    @abstractmethod
    def do(self, buf): ...

    @abstractmethod
    def undo(self, buf): ...

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self._removed = None

    def do(self, buf):
        self._removed = buf.text[self.pos:self.pos + self.length]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.length:]

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self._removed + buf.text[self.pos:]


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None

    def do(self, buf):
        self._before = buf.text
        buf.text = buf.text.replace(self.old, self.new)

    def undo(self, buf):
        buf.text = self._before


class Macro(Command):
    def __init__(self, *commands):
        self.commands = list(commands)

    def do(self, buf):
        for c in self.commands:
            c.do(buf)

    def undo(self, buf):
        for c in reversed(self.commands):
            c.undo(buf)


class Buffer:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []

    def run(self, command):
        command.do(self)
        self.undo_stack.append(command)
        self.redo_stack.clear()
        self.show(f"do {command!r}")

    def undo(self):
        if not self.undo_stack:
            print("  nothing to undo")
            return
        command = self.undo_stack.pop()
        command.undo(self)
        self.redo_stack.append(command)
        self.show(f"undo {type(command).__name__}")

    def redo(self):
        if not self.redo_stack:
            print("  nothing to redo")
            return
        command = self.redo_stack.pop()
        command.do(self)
        self.undo_stack.append(command)
        self.show(f"redo {type(command).__name__}")

    def show(self, what):
        print(f"{what:<48} | {self.text!r}")


buf = Buffer("hello world")
buf.run(Insert(5, ","))
buf.run(Insert(len(buf.text), "!"))
buf.run(Replace("world", "there"))
buf.run(Delete(0, 1))
buf.run(Insert(0, "H"))
buf.undo()
buf.undo()
buf.redo()
buf.run(Macro(Insert(0, ">> "), Replace("l", "L"), Delete(3, 2)))
buf.undo()
buf.redo()
for _ in range(7):
    buf.undo()
buf.redo()
buf.run(Insert(0, "new branch: "))
buf.redo()
print("history:", [type(c).__name__ for c in buf.undo_stack])
try:
    Command()
except TypeError as e:
    print("TypeError:", e)


class Broken(Command):
    def do(self, buf):
        pass


try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
print(Insert.__abstractmethods__, sorted(Command.__abstractmethods__), isinstance(Insert(0, ""), Command))
