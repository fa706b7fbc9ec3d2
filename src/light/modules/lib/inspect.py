"""Inspect live objects: kinds of objects (isfunction, isclass, ...), signatures
(signature, Signature, Parameter, BoundArguments), unwrap, getmembers, getdoc,
cleandoc, getfullargspec, get_annotations, currentframe.

Source lookup (getsource, getsourcelines, findsource) goes through linecache, and finds
a block's end by indentation rather than by tokenizing.
"""
import sys
import types
import enum
from collections import namedtuple
from keyword import iskeyword

__all__ = ['BoundArguments', 'FullArgSpec', 'Parameter', 'Signature', 'cleandoc', 'currentframe',
           'get_annotations', 'getattr_static', 'getdoc', 'getfullargspec', 'getmembers', 'getmodule',
           'getmro', 'getfile', 'getsourcefile', 'getsource', 'getsourcelines', 'findsource',
           'getframeinfo', 'getouterframes', 'getinnerframes', 'stack', 'trace', 'FrameInfo', 'Traceback',
           'getclosurevars', 'ClosureVars', 'getargvalues', 'ArgInfo', 'getgeneratorstate',
           'getgeneratorlocals', 'getcoroutinestate', 'getcoroutinelocals', 'GEN_CREATED', 'GEN_RUNNING',
           'GEN_SUSPENDED', 'GEN_CLOSED', 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED',
           'isabstract', 'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
           'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe',
           'isfunction', 'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
           'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper', 'ismodule',
           'isroutine', 'istraceback', 'signature', 'unwrap']

# Code flags (co_flags).
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 0x1, 0x2, 0x4, 0x8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 0x10, 0x20, 0x40, 0x80
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 0x100, 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# --- kinds of objects

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but not __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ slot)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    """Whether f, seen through bound methods and partials, is a function with flag in co_flags."""
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    import functools
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    if isinstance(object, types.CoroutineType):
        return True
    if isinstance(object, types.GeneratorType) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    from collections.abc import Awaitable
    return isinstance(object, Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    return bool(getattr(object, '__abstractmethods__', False))


# --- members, documentation, modules

def getmembers(object, predicate=None):
    """The (name, value) pairs of object's attributes, sorted by name, that predicate accepts."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """Like getmembers, without triggering descriptors (see getattr_static)."""
    return _getmembers(object, predicate, getattr_static)


def _getmembers(object, predicate, getter):
    names = dir(object)
    classes = ()
    if isclass(object):
        classes = (object,) + getmro(object)
        # dir() leaves out the bases' DynamicClassAttributes, which are members all the same.
        for base in getattr(object, '__bases__', ()):
            names += [k for k, v in base.__dict__.items() if isinstance(v, types.DynamicClassAttribute)]
    members = {}
    for name in names:
        if name in members:
            continue
        try:
            value = getter(object, name)
        except AttributeError:
            # A class attribute that does not resolve through getattr (a failing descriptor, say).
            holders = [c for c in classes if name in c.__dict__]
            if not holders:
                continue
            value = holders[0].__dict__[name]
        if not predicate or predicate(value):
            members[name] = value
    return sorted(members.items(), key=lambda item: item[0])


def getmro(cls):
    """cls.__mro__."""
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow func's chain of __wrapped__ attributes to its end, or to the first object stop() accepts."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def cleandoc(doc):
    """A docstring without the indentation its lines after the first share, and without blank edges."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(object):
    """object's docstring, or a base class's for an undocumented override, cleaned up by cleandoc()."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _inherited_doc(obj):
    """The docstring of what obj overrides, for methods and properties documented in a base class."""
    name = getattr(obj, '__name__', None)
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        obj = obj.__func__
    elif isfunction(obj):
        qualname = obj.__qualname__
        module = sys.modules.get(obj.__module__)
        owner = module
        for part in qualname.split('.')[:-1]:
            owner = getattr(owner, part, None)
        if not isclass(owner):
            return None
    elif isinstance(obj, property):
        return None
    if owner is None or name is None:
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(getattr(base, name, None), '__doc__', None)
        if doc is not None:
            return doc
    return None


def getmodule(object, _filename=None):
    """The module object was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


# --- source code

def getfile(object):
    """The file object was defined in; TypeError for built-in objects."""
    if ismodule(object) or isclass(object):
        module = object if ismodule(object) else sys.modules.get(object.__module__)
        path = getattr(module, '__file__', None)
        if path:
            return path
        if isclass(object) and object.__module__ == '__main__':
            raise OSError('source code not available')
        kind = 'module' if ismodule(object) else 'class'
        raise TypeError('{!r} is a built-in {}'.format(object, kind))
    code = _code_object(object)
    if code is None:
        raise TypeError('module, class, method, function, traceback, frame, or '
                        'code object was expected, got {}'.format(type(object).__name__))
    return code.co_filename


# How to get from a method, function, traceback or frame to its code object.
_TO_CODE = ((ismethod, '__func__'), (isfunction, '__code__'), (istraceback, 'tb_frame'), (isframe, 'f_code'))


def _code_object(obj):
    for test, attribute in _TO_CODE:
        if test(obj):
            obj = getattr(obj, attribute)
    return obj if iscode(obj) else None


def getsourcefile(object):
    """The file holding object's source, or None when there is none to read."""
    import linecache
    import os
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if os.path.exists(filename):
        return filename
    module = getmodule(object)
    if getattr(module, '__loader__', None) is not None or \
            getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def findsource(object):
    """(the lines of object's file, the index of the line where object starts)."""
    import linecache
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object)
    lines = linecache.getlines(file, module.__dict__) if module else linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        return lines, _class_line(lines, object)
    code = _code_object(object)
    if code is not None:
        lnum = code.co_firstlineno - 1
        while lnum > 0:
            try:
                line = lines[lnum]
            except IndexError:
                raise OSError('lineno is out of bounds')
            if _starts_definition(line):
                break
            lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def _starts_definition(line):
    """Whether a line starts a def, async def, decorator, or holds a lambda."""
    stripped = line.lstrip()
    if stripped.startswith(('def ', 'def\t', '@')) or \
            (stripped.startswith('async') and stripped[5:].lstrip().startswith('def')):
        return True
    at = line.find('lambda')
    while at >= 0:
        before = line[at - 1] if at else ' '
        after = line[at + 6:at + 7]
        if not (before.isalnum() or before == '_') and (after == ':' or after.isspace()):
            return True
        at = line.find('lambda', at + 1)
    return False


def _class_line(lines, cls):
    """The index of the line defining cls: a 'class Name' line at the nesting its qualname implies."""
    depth = cls.__qualname__.count('.')
    candidates = []
    for i, line in enumerate(lines):
        stripped = line.lstrip()
        if stripped.startswith('class ') and stripped[6:].lstrip().startswith(cls.__name__):
            rest = stripped[6:].lstrip()[len(cls.__name__):].lstrip()
            if rest[:1] in ('(', ':', '['):
                candidates.append((len(line) - len(stripped), i))
    if not candidates:
        raise OSError('could not find class definition')
    if depth == 0:
        top = [i for indent, i in candidates if indent == 0]
        if top:
            candidates = [(0, top[0])]
    i = candidates[0][1]
    while i > 0 and lines[i - 1].lstrip().startswith('@'):
        i -= 1
    return i


def getblock(lines):
    """The lines of the block (with its decorators) at the start of lines: until a line that
    is not blank, not a comment and not indented deeper than the block's header."""
    header = 0
    while header < len(lines) and lines[header].lstrip().startswith('@'):
        header += 1
    if header >= len(lines):
        return lines
    indent = len(lines[header]) - len(lines[header].lstrip())
    end = header + 1
    bracket_depth = _bracket_balance(lines[header])
    while end < len(lines) and (bracket_depth > 0 or lines[header].rstrip().endswith('\\')):
        bracket_depth += _bracket_balance(lines[end])
        end += 1
    if not lines[header].rstrip().endswith(':') and end == header + 1 and 'lambda' in lines[header]:
        return lines[:end]
    last = end
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and not stripped.startswith('#'):
            if len(line) - len(line.lstrip()) <= indent:
                break
            last = end + 1
        end += 1
    return lines[:last]


def _bracket_balance(line):
    return sum(line.count(c) for c in '([{') - sum(line.count(c) for c in ')]}')


def getsourcelines(object):
    """(object's source lines, the number of its first line)."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """object's source code."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# --- frames

_Positions = namedtuple('Positions', ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                        defaults=[None] * 4, module='dis')
_Traceback = namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context, self.index, self.positions))


_FrameInfo = namedtuple('_FrameInfo', ('frame',) + Traceback._fields)


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


def _code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    for i, position in enumerate(code.co_positions()):
        if i == instruction_index // 2:
            return position
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback: file, line, function, context lines, positions."""
    if istraceback(frame):
        positions = _code_position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _code_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    lineno = positions[0]
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    lines = index = None
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, _ = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=_Positions(*positions))


def getlineno(frame):
    """frame.f_lineno."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for frame and the frames that called it."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frames, outermost first."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the frames of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


_sentinel = object()


def _static_lookup(klass, attr):
    for entry in klass.__mro__:
        try:
            return entry.__dict__[attr]
        except KeyError:
            pass
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look up attr as attribute access would, without running descriptors or __getattr__."""
    instance_result = _sentinel
    objtype = type(obj)
    if not isinstance(obj, type):
        try:
            instance_dict = object.__getattribute__(obj, "__dict__")
        except AttributeError:
            instance_dict = {}
        if type(instance_dict) is dict:
            instance_result = instance_dict.get(attr, _sentinel)
        klass = objtype
    else:
        klass = obj
    klass_result = _static_lookup(klass, attr)
    if instance_result is not _sentinel and klass_result is not _sentinel:
        if _static_lookup(type(klass_result), '__get__') is not _sentinel and (
                _static_lookup(type(klass_result), '__set__') is not _sentinel
                or _static_lookup(type(klass_result), '__delete__') is not _sentinel):
            return klass_result
    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in type(klass).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations of a class, module or callable as a new dict, with strings evaluated if eval_str."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_target = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_target = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_target = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap_target is not None:
        while True:
            if hasattr(unwrap_target, '__wrapped__'):
                unwrap_target = unwrap_target.__wrapped__
                continue
            if isinstance(unwrap_target, __import__('functools').partial):
                unwrap_target = unwrap_target.func
                continue
            break
        if hasattr(unwrap_target, "__globals__"):
            obj_globals = unwrap_target.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


# --- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # The hidden argument of a comprehension's code object.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword arguments, '
                                 'not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        if (iskeyword(name) and self._kind is not _POSITIONAL_ONLY) or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given attributes changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            separator = ' = ' if self._annotation is not _empty else '='
            formatted = '{}{}{}'.format(formatted, separator, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif self._kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return ((self._name, self._kind, self._default, self._annotation)
                == (other._name, other._kind, other._default, other._annotation))


class BoundArguments:
    """The result of Signature.bind(): arguments maps parameter names to values."""
    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    # Positional arguments stop at the first gap; the rest go by keyword.
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Add the defaults of the parameters left unbound (() and {} for the variadic ones)."""
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new_arguments.append((name, self.arguments[name]))
            elif param.default is not _empty:
                new_arguments.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                new_arguments.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                new_arguments.append((name, {}))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""
    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind, name = param.kind, param.name
                    if kind < top_kind:
                        raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                         .format(top_kind.description, kind.description))
                    top_kind = max(top_kind, kind)
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        """The Signature of a callable."""
        return _signature_from_callable(obj, cls, follow_wrapped, True, globals, locals, eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given parameters or return annotation."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo_params = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, frozenset(kwo_params.values()), return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        """Match args and kwargs to the parameters, in the order CPython checks them
        (so the first error reported is the same)."""
        arguments = {}
        parameters = iter(self.parameters.values())
        keyword_params = ()
        arg_vals = iter(args)
        for arg_val in arg_vals:
            param = next(parameters, None)
            if param is None or param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = (arg_val,) + tuple(arg_vals)
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name)) from None
            arguments[param.name] = arg_val
        else:
            # Positional arguments ran out: what follows must come by keyword or default.
            param = next(parameters, None)
            if param is not None and param.kind != _VAR_POSITIONAL:
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                        .format(arg=param.name)) from None
                elif not (param.kind == _VAR_KEYWORD or param.default is not _empty or partial):
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name)) from None
                keyword_params = (param,)

        kwargs_param = None
        for param in (*keyword_params, *parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {arg!r}'.format(arg=param.name)) from None
                continue
            arg_val = kwargs.pop(param.name)
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError('{arg!r} parameter is positional only, but was passed as a keyword'
                                .format(arg=param.name))
            arguments[param.name] = arg_val
        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(arg=next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind args and kwargs to the parameters as a call would; TypeError if it could not."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but parameters may stay unbound."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        pending_slash = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                result.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                result.append('*')
                star_needed = False
            result.append(str(param))
        if pending_slash:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self.return_annotation))
        return rendered


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# Callables that are not functions written in Python.
_NonUserDefinedCallables = (types.WrapperDescriptorType, types.MethodWrapperType,
                            types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _user_defined_method(cls, name):
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NonUserDefinedCallables):
        return None
    return meth


def _without_first_parameter(sig):
    """The signature of a bound method: its function's, less the parameter bound to self."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_from_function(cls, func, globals, locals, eval_str):
    code = func.__code__
    pos_count = code.co_argcount
    names = code.co_varnames
    posonly_count = code.co_posonlyargcount
    positional = names[:pos_count]
    keyword_only = names[pos_count:pos_count + code.co_kwonlyargcount]
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, annotation=annotations.get(name, _empty), default=default))
    index = pos_count + len(keyword_only)
    if code.co_flags & CO_VARARGS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY, annotation=annotations.get(name, _empty),
                                    default=kwdefaults.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get('return', _empty), __validate_parameters__=False)


def _signature_of_partial(wrapped_sig, partial, extra_args=()):
    """The signature left once partial's arguments are bound; a parameter given by keyword
    stays (with that default), and the ones after it become keyword-only."""
    old_params = wrapped_sig.parameters
    new_params = dict(old_params)
    partial_args = extra_args + (partial.args or ())
    partial_keywords = partial.keywords or {}
    try:
        ba = wrapped_sig.bind_partial(*partial_args, **partial_keywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    to_keyword_only = False
    for name, param in old_params.items():
        if name in ba.arguments:
            value = ba.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new_params[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name not in partial_keywords:
                    del new_params[name]
                    continue
                to_keyword_only = True
                new_params[name] = param.replace(default=value)
            if param.kind is _KEYWORD_ONLY:
                new_params[name] = param.replace(default=value)
        if to_keyword_only:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                new_params[name] = new_params.pop(name).replace(kind=_KEYWORD_ONLY)
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new_params[name] = new_params.pop(name)
            elif param.kind is _VAR_POSITIONAL:
                del new_params[name]
    return wrapped_sig.replace(parameters=new_params.values())


def _signature_from_callable(obj, sigcls, follow_wrapped, skip_bound_arg, globals, locals, eval_str):
    def recurse(o):
        return _signature_from_callable(o, sigcls, follow_wrapped, skip_bound_arg, globals, locals, eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = recurse(obj.__func__)
        return _without_first_parameter(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if isinstance(obj, types.MethodType):
            return recurse(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    partialmethod = getattr(obj, '_partialmethod', None)
    if partialmethod is not None:
        wrapped_sig = recurse(partialmethod.func)
        sig = _signature_of_partial(wrapped_sig, partialmethod, (None,))
        first = next(iter(sig.parameters.values()))
        if first.kind is _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first.replace(kind=_POSITIONAL_ONLY),) + tuple(sig.parameters.values())[1:])
    if isfunction(obj):
        return _signature_from_function(sigcls, obj, globals, locals, eval_str)
    import functools
    if isinstance(obj, functools.partial):
        return _signature_of_partial(recurse(obj.func), obj)
    if isinstance(obj, type):
        sig = _signature_of_class(obj, recurse)
        return _without_first_parameter(sig) if skip_bound_arg and sig.parameters else sig
    if isinstance(obj, _NonUserDefinedCallables) or ismethoddescriptor(obj):
        return _signature_from_text(obj, getattr(obj, '__text_signature__', None), skip_bound_arg,
                                    'no signature found for builtin {!r}')
    call = _user_defined_method(type(obj), '__call__')
    if call is None:
        raise ValueError('callable {!r} is not supported by signature'.format(obj))
    sig = recurse(call)
    return _without_first_parameter(sig) if skip_bound_arg else sig


def _signature_of_class(cls, recurse):
    """The signature of calling cls, with self/cls still first: the metaclass's __call__,
    else cls's own __new__ or __init__, else inherited ones."""
    call = _user_defined_method(type(cls), '__call__')
    if call is not None:
        return recurse(call)
    new = _user_defined_method(cls, '__new__')
    init = _user_defined_method(cls, '__init__')
    if '__new__' in cls.__dict__:
        factory = new
    elif '__init__' in cls.__dict__:
        factory = init
    else:
        factory = new if new is not None else init
    if factory is not None:
        return recurse(factory)
    for base in cls.__mro__[:-1]:
        text = getattr(base, '__text_signature__', None)
        if text:
            # A placeholder for the class itself, which the caller drops.
            return _with_self(_signature_from_text(base, text, False, 'no signature found for builtin type {!r}'))
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return _with_self(Signature())
    raise ValueError('no signature found for builtin type {!r}'.format(cls))


def _with_self(sig):
    return sig.replace(parameters=(Parameter('self', _POSITIONAL_ONLY), *sig.parameters.values()))


def _signature_from_text(obj, text, skip_bound_arg, error):
    """The signature a builtin's __text_signature__ describes, like "($module, obj, /)".

    The leading $-parameter is the object the builtin is bound to: dropped when that is a
    module, or bound and skip_bound_arg; otherwise kept as a positional-only parameter."""
    if not text or not text.startswith('(') or not text.endswith(')'):
        raise ValueError(error.format(obj))
    params = text[1:-1].strip()
    self_name = None
    if params.startswith('$'):
        self_name, _, params = params[1:].partition(',')
        self_name, params = self_name.strip(), params.strip()
        bound_to = getattr(obj, '__self__', None)
        if bound_to is not None and (ismodule(bound_to) or skip_bound_arg):
            self_name = None
        if self_name is None and params.startswith('/'):
            params = params[1:].lstrip(' ,')
    try:
        template = eval(f'lambda {params}: None', {'sys': sys})
    except Exception:
        raise ValueError(error.format(obj)) from None
    sig = _signature_from_function(Signature, template, None, None, False)
    if self_name is None:
        return sig
    return sig.replace(parameters=(Parameter(self_name, _POSITIONAL_ONLY), *sig.parameters.values()))


# --- getfullargspec

FullArgSpec = namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """FullArgSpec of a callable's parameters, as the legacy API reports them."""
    try:
        sig = _signature_from_callable(func, Signature, False, False, None, None, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, varargs, varkw, kwonlyargs = [], None, None, []
    defaults, kwdefaults = (), {}
    annotations = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None, annotations)


# --- closures, frames' arguments

ClosureVars = namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getclosurevars(func):
    """Get the mapping of free variables to their current values, and the global,
    builtin and unbound names the function's code refers to."""
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    nonlocal_vars = {var: cell.cell_contents for var, cell in zip(code.co_freevars, func.__closure__ or ())}
    global_ns = func.__globals__
    builtin_ns = global_ns.get("__builtins__", __builtins__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars, builtin_vars, unbound_names = {}, {}, set()
    for name in code.co_names:
        if name in ("None", "True", "False"):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


Arguments = namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = namedtuple('ArgInfo', 'args varargs keywords locals')


def getargs(co):
    """Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs, nkwargs = co.co_argcount, co.co_kwonlyargcount
    args = list(names[:nargs]) + list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


# --- generator and coroutine states

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED or GEN_CLOSED."""
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    """The local variables of a suspended generator."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    return generator.gi_frame.f_locals if frame is not None else {}


CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def getcoroutinestate(coroutine):
    """CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED."""
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getcoroutinelocals(coroutine):
    """The local variables of a suspended coroutine."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}
