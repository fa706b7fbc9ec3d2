# Blocks nest at most 20 deep in one function, as CPython's CO_MAXBLOCKS.
for depth in (19, 20, 21):
    src = ''.join(' ' * i + 'while x:\n' for i in range(depth)) + ' ' * depth + 'pass\n'
    try:
        compile(src, '<nested>', 'exec')
        print(depth, 'ok')
    except SyntaxError as e:
        print(depth, e.msg, e.lineno, e.offset)
src = ''.join(' ' * i + 'try:\n' for i in range(21)) + ' ' * 21 + 'pass\n'
src += ''.join(' ' * i + 'except E:\n' + ' ' * (i + 1) + 'pass\n' for i in reversed(range(21)))
try:
    compile(src, '<try>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
