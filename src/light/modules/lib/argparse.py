"""Command-line parsing: declare arguments, parse sys.argv, print help and errors as CPython 3.11 does."""

import re as _re
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
           'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
           'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
           'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
           'SUPPRESS', 'ZERO_OR_MORE']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'
_UNRECOGNIZED = '_unrecognized_args'


def _base_name(path):
    return path.rsplit('/', 1)[-1]


def _terminal_columns():
    os = _sys.modules.get('os')
    environ = getattr(os, 'environ', None) if os is not None else None
    if environ is not None:
        try:
            return int(environ['COLUMNS'])
        except (KeyError, ValueError):
            pass
    return 80


class _Attributes:
    """A repr listing the attributes that _get_kwargs and _get_args name."""

    def __repr__(self):
        shown = [repr(a) for a in self._get_args()]
        odd = {}
        for name, value in self._get_kwargs():
            if name.isidentifier():
                shown.append(f'{name}={value!r}')
            else:
                odd[name] = value
        if odd:
            shown.append('**' + repr(odd))
        return f"{type(self).__name__}({', '.join(shown)})"

    def _get_kwargs(self):
        return list(self.__dict__.items())

    def _get_args(self):
        return []


class Namespace(_Attributes):
    """The parsed values, as attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for name in (action.metavar, action.dest):
        if name not in (None, SUPPRESS):
            return name
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    """An error about one argument: the message names it."""

    def __init__(self, argument, message):
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a type= function to report a bad value in its own words."""


# --- help formatting

class HelpFormatter:
    """Lays out usage and help text for a terminal 80 columns wide (or $COLUMNS)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._width = _terminal_columns() - 2 if width is None else width
        self._prog, self._indent_increment = prog, indent_increment
        # help starts in this column unless the longest invocation ends sooner
        self._max_help_position = min(max_help_position, max(self._width - 20, 2 * indent_increment))
        self._current_indent = self._level = self._action_max_length = 0
        self._current_section = self._root_section = self._Section(self, None)

    class _Section:
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            if self.parent is not None:
                self.formatter._indent()
            body = ''.join(p for p in (func(*args) for func, args in self.items) if p and p is not SUPPRESS)
            if self.parent is not None:
                self.formatter._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not SUPPRESS and self.heading is not None:
                title = ' ' * self.formatter._current_indent + self.heading + ':\n'
            return '\n' + title + body + '\n'

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._current_section.items.append((section.format_help, []))
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._current_section.items.append((self._format_text, [text]))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._current_section.items.append((self._format_usage, [usage, actions, groups, prefix]))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        invocations += [self._format_action_invocation(s) for s in self._iter_indented_subactions(action)]
        self._action_max_length = max(self._action_max_length,
                                      max(len(i) for i in invocations) + self._current_indent)
        self._current_section.items.append((self._format_action, [action]))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = self._prog
        else:
            usage = self._usage_lines(actions, groups, prefix)
        return f'{prefix}{usage}\n\n'

    def _usage_lines(self, actions, groups, prefix):
        prog = self._prog
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = ' '.join(s for s in (prog, self._format_actions_usage(optionals + positionals, groups)) if s)
        room = self._width - self._current_indent
        if len(prefix) + len(whole) <= room:
            return whole
        piece = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(piece, self._format_actions_usage(optionals, groups))
        pos_parts = _re.findall(piece, self._format_actions_usage(positionals, groups))

        def fill(parts, indent, first_prefix=None):
            lines = []
            line = []
            used = (len(first_prefix) if first_prefix is not None else len(indent)) - 1
            for part in parts:
                if line and used + 1 + len(part) > room:
                    lines.append(indent + ' '.join(line))
                    line = []
                    used = len(indent) - 1
                line.append(part)
                used += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if first_prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * room:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = fill([prog] + opt_parts, indent, prefix) + fill(pos_parts, indent)
            elif pos_parts:
                lines = fill([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = fill(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = fill(opt_parts, indent) + fill(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        in_groups = set()
        marks = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            members = group._group_actions
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            end = start + len(members)
            if actions[start:end] != members:
                continue
            in_groups.update(members)
            shown = sum(1 for a in members if a.help is not SUPPRESS)
            brackets = '[]' if not group.required else '()' if shown > 1 else None
            if brackets:
                marks[start] = marks[start] + ' ' + brackets[0] if start in marks else brackets[0]
                marks[end] = marks[end] + brackets[1] if end in marks else brackets[1]
            for i in range(start + 1, end):
                marks[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_groups and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    part = f'{action.option_strings[0]} {self._format_args(action, metavar)}'
                if not action.required and action not in in_groups:
                    part = f'[{part}]'
                parts.append(part)
        for i in sorted(marks, reverse=True):
            parts[i:i] = [marks[i]]
        text = ' '.join(p for p in parts if p is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        pad = ' ' * self._current_indent
        first_indent = 0
        if not action.help:
            header = pad + header + '\n'
        elif len(header) <= action_width:
            header = pad + header.ljust(action_width) + '  '
        else:
            header = pad + header + '\n'
            first_indent = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append(' ' * first_indent + lines[0] + '\n')
                parts.extend(' ' * help_position + line + '\n' for line in lines[1:])
        elif not header.endswith('\n'):
            parts.append('\n')
        parts.extend(self._format_action(s) for s in self._iter_indented_subactions(action))
        return ''.join(p for p in parts if p and p is not SUPPRESS)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(f'{option} {args}' for option in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            shown = default_metavar

        def as_tuple(size):
            return shown if isinstance(shown, tuple) else (shown,) * size
        return as_tuple

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % metavars(1)
        if nargs == OPTIONAL:
            return '[%s]' % metavars(1)
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            return '[%s [%s ...]]' % names if len(names) == 2 else '[%s ...]' % names
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % metavars(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % metavars(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * nargs
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % metavars(nargs)

    def _expand_help(self, action):
        params = {k: v for k, v in vars(action).items() if v is not SUPPRESS}
        params['prog'] = self._prog
        for name, value in list(params.items()):
            if hasattr(value, '__name__'):
                params[name] = value.__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is not None:
            self._indent()
            yield from subactions()
            self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_re.sub(r'\s+', ' ', text, flags=_re.ASCII).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        text = _re.sub(r'\s+', ' ', text, flags=_re.ASCII).strip()
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description's and epilog's own line breaks."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# --- actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(_Attributes):
    """What to do with an argument's values: by default, store them."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        self.__dict__.update(zip(_ACTION_FIELDS, given))

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _Store(Action):
    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)
        if self.nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if self.const is not None and self.nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrue(_StoreConst):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalse(_StoreConst):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _extended_copy(items, item):
    if items is None:
        items = []
    elif type(items) is list:
        items = items[:]
    else:
        import copy
        items = copy.copy(items)
    items.append(item)
    return items


class _Append(_Store):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _extended_copy(getattr(namespace, self.dest, None), values))


class _AppendConst(_StoreConst):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, _extended_copy(getattr(namespace, self.dest, None), self.const))


class _Extend(_Append):
    def __call__(self, parser, namespace, values, option_string=None):
        items = _extended_copy(getattr(namespace, self.dest, None), None)
        items.pop()
        items.extend(values)
        setattr(namespace, self.dest, items)


class _Count(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (so_far or 0) + 1)


class _Help(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _Version(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        formatter = parser._get_formatter()
        formatter.add_text(self.version if self.version is not None else parser.version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag sets False."""

    def __init__(self, option_strings, dest, **kwargs):
        paired = [name for option in option_strings
                  for name in ((option, '--no-' + option[2:]) if option.startswith('--') else (option,))]
        super().__init__(paired, dest, nargs=0, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _Subcommands(Action):
    """The positional argument that picks a sub-parser, which parses the rest."""

    class _Choice(Action):
        def __init__(self, name, aliases, help):
            shown = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, **kwargs):
        # the choices are the parsers by name, filled in by add_parser
        super().__init__(option_strings, dest, nargs=PARSER, choices={}, **kwargs)
        self._name_parser_map = self.choices
        self._prog_prefix, self._parser_class = prog, parser_class
        self._choices_actions = []

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        for taken in (name, *aliases):
            if taken in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser%s: %s'
                                    % ('' if taken == name else ' alias', taken))
        if 'help' in kwargs:
            self._choices_actions.append(self._Choice(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        command, *rest = values
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, command)
        if command not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, f'unknown parser {command!r} (choices: {known})')
        inner, left_over = self._name_parser_map[command].parse_known_args(rest, None)
        namespace.__dict__.update(vars(inner))
        if left_over:
            namespace.__dict__.setdefault(_UNRECOGNIZED, []).extend(left_over)


_ACTIONS = {None: _Store, 'store': _Store, 'store_const': _StoreConst, 'store_true': _StoreTrue,
            'store_false': _StoreFalse, 'append': _Append, 'append_const': _AppendConst,
            'count': _Count, 'help': _Help, 'version': _Version, 'parsers': _Subcommands,
            'extend': _Extend}


class FileType:
    """A type= that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string != '-':
            try:
                return open(string, self._mode, self._bufsize, self._encoding, self._errors)
            except OSError as e:
                raise ArgumentTypeError(f"can't open '{string}': {e}")
        binary = 'b' in self._mode
        if 'r' in self._mode:
            stream = _sys.stdin
        elif set(self._mode) & set('wax'):
            stream = _sys.stdout
        else:
            raise ValueError('argument "-" with mode %r' % self._mode)
        return stream.buffer if binary else stream

    def __repr__(self):
        shown = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        shown += [f'{k}={v!r}' for k, v in (('encoding', self._encoding), ('errors', self._errors))
                  if v is not None]
        return f"{type(self).__name__}({', '.join(shown)})"


# --- declaring arguments

class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {'action': dict(_ACTIONS), 'type': {None: lambda s: s}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        kwargs = self._positional_kwargs(*args, **kwargs) if positional else self._optional_kwargs(*args, **kwargs)
        self._fill_default(kwargs)
        return self._add_action(self._made_action(kwargs))

    def _fill_default(self, kwargs):
        if 'default' in kwargs:
            return
        dest = kwargs['dest']
        if dest in self._defaults:
            kwargs['default'] = self._defaults[dest]
        elif self.argument_default is not None:
            kwargs['default'] = self.argument_default

    def _made_action(self, kwargs):
        kind = kwargs.pop('action', None)
        make = self._registry_get('action', kind, kind)
        if not callable(make):
            raise ValueError('unknown action "%s"' % (make,))
        action = make(**kwargs)
        convert = self._registry_get('type', action.type, action.type)
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (convert,))
        if not callable(convert):
            raise ValueError('%r is not callable' % (convert,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return action

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option in action.option_strings:
            self._option_string_actions[option] = action
            if _re.match(r'^-\d+$|^-\d*\.\d+$', option) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Takes a parent parser's actions, into groups of the same titles."""
        by_title = {group.title: group for group in self._action_groups}
        home = {}
        for theirs in container._action_groups:
            ours = by_title.get(theirs.title)
            if ours is None:
                ours = by_title[theirs.title] = self.add_argument_group(
                    theirs.title, theirs.description, conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for theirs in container._mutually_exclusive_groups:
            home.update(dict.fromkeys(theirs._group_actions,
                                      self.add_mutually_exclusive_group(required=theirs.required)))
        for action in container._actions:
            home[action]._add_action(action)

    def _positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _optional_kwargs(self, *args, **kwargs):
        options = []
        long_options = []
        for option in args:
            if not option[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option, self.prefix_chars))
            options.append(option)
            if len(option) > 1 and option[1] in self.prefix_chars:
                long_options.append(option)
        dest = kwargs.pop('dest', None)
        if dest is None:
            dest = (long_options or options)[0].lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % options[0])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=options)

    def _check_conflict(self, action):
        clashes = [(o, self._option_string_actions[o]) for o in action.option_strings
                   if o in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'resolve':
            for option, other in clashes:
                other.option_strings.remove(option)
                self._option_string_actions.pop(option, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        if self.conflict_handler != 'error':
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        word = 'option string' if len(clashes) == 1 else 'option strings'
        raise ArgumentError(action, f"conflicting {word}: {', '.join(o for o, _ in clashes)}")


_SHARED_TABLES = ('_registries', '_actions', '_option_string_actions', '_defaults',
                  '_has_negative_number_optionals', '_mutually_exclusive_groups')


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        for inherited in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(inherited, getattr(container, inherited))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # a group declares into its parser's tables
        for shared in _SHARED_TABLES:
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# --- the parser

def _nargs_pattern(action):
    """A regex over the 'O'/'A' shape of the remaining arguments: what action takes."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


_ARITY_ERRORS = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                 ONE_OR_MORE: 'expected at least one argument'}


class ArgumentParser(_Attributes, _ActionsContainer):
    """Declares a program's arguments and turns its command line into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _base_name(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _get_kwargs(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return [(name, getattr(self, name)) for name in names]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        titled = 'title' in kwargs or 'description' in kwargs
        title, description = kwargs.pop('title', 'subcommands'), kwargs.pop('description', None)
        self._subparsers = self.add_argument_group(title, description) if titled else self._positionals
        kwargs.setdefault('parser_class', type(self))
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._subcommand_prog()
        kind = kwargs.pop('action', 'parsers')
        chooser = self._registry_get('action', kind, kind)(option_strings=[], **kwargs)
        self._subparsers._add_action(chooser)
        return chooser

    def _subcommand_prog(self):
        """This program's name and the positionals before the subcommand."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._get_positional_actions(), self._mutually_exclusive_groups, '')
        return formatter.format_help().strip()

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # --- parsing

    def parse_args(self, args=None, namespace=None):
        values, rest = self.parse_known_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return values

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._parse(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            args.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, args

    def _parse(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        return _Parse(self, arg_strings, namespace).run()

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as file:
                    lines = [a for line in file.read().splitlines() for a in self.convert_arg_line_to_args(line)]
            except OSError as err:
                self.error(str(err))
            expanded.extend(self._read_args_from_files(lines))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, text):
        """(action, option string, explicit argument) for an option-like text, else None."""
        if not text or text[0] not in self.prefix_chars:
            return None
        if text in self._option_string_actions:
            return self._option_string_actions[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            option, explicit = text.split('=', 1)
            if option in self._option_string_actions:
                return self._option_string_actions[option], option, explicit
        matches = self._get_option_tuples(text)
        if len(matches) > 1:
            options = ', '.join(option for _, option, _ in matches)
            self.error('ambiguous option: %s could match %s' % (text, options))
        if len(matches) == 1:
            return matches[0]
        if _re.match(r'^-\d+$|^-\d*\.\d+$', text) and not self._has_negative_number_optionals:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _get_option_tuples(self, text):
        found = []
        dashes = self.prefix_chars
        if text[0] in dashes and text[1] in dashes:
            if self.allow_abbrev:
                prefix, explicit = text.split('=', 1) if '=' in text else (text, None)
                for option, action in self._option_string_actions.items():
                    if option.startswith(prefix):
                        found.append((action, option, explicit))
        elif text[0] in dashes:
            short, attached = text[:2], text[2:]
            for option, action in self._option_string_actions.items():
                if option == short:
                    found.append((action, option, attached))
                elif self.allow_abbrev and option.startswith(text):
                    found.append((action, option, None))
        else:
            self.error('unexpected option string: %s' % text)
        return found

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        if nargs == SUPPRESS:
            return SUPPRESS
        if nargs in (PARSER, REMAINDER):
            converted = [self._get_value(action, text) for text in arg_strings]
            if nargs == PARSER:
                self._check_value(action, converted[0])
            return converted
        if not arg_strings and nargs == OPTIONAL:
            fallback = action.const if action.option_strings else action.default
            if not isinstance(fallback, str):
                return fallback
            return self._checked(action, fallback)
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            fallback = arg_strings if action.default is None else action.default
            self._check_value(action, fallback)
            return fallback
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            return self._checked(action, arg_strings[0])
        converted = [self._get_value(action, text) for text in arg_strings]
        for value in converted:
            self._check_value(action, value)
        return converted

    def _checked(self, action, text):
        value = self._get_value(action, text)
        self._check_value(action, value)
        return value

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    # --- help and errors

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        layout = self._get_formatter()
        layout.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        layout.add_text(self.description)
        for section in self._action_groups:
            layout.start_section(section.title)
            layout.add_text(section.description)
            for action in section._group_actions:
                layout.add_argument(action)
            layout.end_section()
        layout.add_text(self.epilog)
        return layout.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            try:
                (file or _sys.stderr).write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr and exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')


class _Parse:
    """One run of a parser over a list of argument strings."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.args = arg_strings
        self.namespace = namespace
        self.seen = set()
        self.seen_non_default = set()
        self.extras = []
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                self.conflicts.setdefault(member, []).extend(members[:i] + members[i + 1:])
        self.options = {}  # index of an option-like string: (action, option, explicit argument)
        shape = []
        rest_are_values = False
        for index, text in enumerate(arg_strings):
            if rest_are_values:
                shape.append('A')
            elif text == '--':
                shape.append('-')
                rest_are_values = True
            else:
                found = parser._parse_optional(text)
                if found is None:
                    shape.append('A')
                else:
                    self.options[index] = found
                    shape.append('O')
        self.shape = ''.join(shape)
        self.positionals = parser._get_positional_actions()

    def run(self):
        index = 0
        last_option = max(self.options) if self.options else -1
        while index <= last_option:
            next_option = min(i for i in self.options if i >= index)
            if index != next_option:
                after = self.take_positionals(index)
                if after > index:
                    index = after
                    continue
                index = after
            if index not in self.options:
                self.extras.extend(self.args[index:next_option])
                index = next_option
            index = self.take_optional(index)
        index = self.take_positionals(index)
        self.extras.extend(self.args[index:])
        self.finish()
        return self.namespace, self.extras

    def count_for(self, action, shape):
        match = _re.match(_nargs_pattern(action), shape)
        if match is None:
            message = _ARITY_ERRORS.get(action.nargs)
            if message is None:
                noun = 'argument' if action.nargs == 1 else 'arguments'
                message = f'expected {action.nargs} {noun}'
            raise ArgumentError(action, message)
        return len(match.group(1))

    def take_optional(self, index):
        action, option, explicit = self.options[index]
        parser = self.parser
        steps = []
        while True:
            if action is None:
                self.extras.append(self.args[index])
                return index + 1
            if explicit is None:
                start = index + 1
                stop = start + self.count_for(action, self.shape[start:])
                steps.append((action, self.args[start:stop], option))
                break
            count = self.count_for(action, 'A')
            if count == 0 and option[1] not in parser.prefix_chars and explicit != '':
                steps.append((action, [], option))
                option = option[0] + explicit[0]
                if option not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action = parser._option_string_actions[option]
                explicit = explicit[1:] or None
            elif count == 1:
                stop = index + 1
                steps.append((action, [explicit], option))
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
        for step in steps:
            self.take_action(*step)
        return stop

    def take_positionals(self, index):
        shape = self.shape[index:]
        counts = []
        for size in range(len(self.positionals), 0, -1):
            pattern = ''.join(_nargs_pattern(a) for a in self.positionals[:size])
            match = _re.match(pattern, shape)
            if match is not None:
                counts = [len(g) for g in match.groups()]
                break
        for action, count in zip(self.positionals, counts):
            values = self.args[index:index + count]
            index += count
            self.take_action(action, values)
        self.positionals = self.positionals[len(counts):]
        return index

    def take_action(self, action, arg_strings, option=None):
        self.seen.add(action)
        values = self.parser._get_values(action, arg_strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for other in self.conflicts.get(action, []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, option)

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_action_name(action))
            elif (isinstance(action.default, str) and hasattr(self.namespace, action.dest)
                  and action.default is getattr(self.namespace, action.dest)):
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_non_default for a in group._group_actions):
                names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))
