tests = ["b'%s' % 1", "b'%c' % 256", "b'%c' % 'a'", "b'%c' % b'ab'", "b'%d %d' % (1,)", "b'%d' % (1,2)", "b'%(a)s' % {b'a': b'x'}", "b'%(a)s' % {'a': b'x'}", "b'%y' % 1", "b'%r %a' % ('é', b'x')", "b'%s' % memoryview(b'mv')", "b'%s' % bytearray(b'ba')", "b'%5s|%-5b|' % (b'a', b'b')", "b'%.1s' % b'abc'", "b'%x %o %X %#x %e %f %g' % (255, 8, 255, 255, 1.5, 2.5, 1e20)", "b'%d' % 'x'", "b'%f' % 'x'", "b'%s' % 'str'", "b'%' % ()", "b'abc' % 1", "b'%c%c' % (65, b'B')", "b'%(a)s %(b)d' % {b'a': b'x', b'b': 3}", "b'%%' % ()", "bytearray(b'%d') % 5", "b'%i %u' % (3.7, 2)", "'%b' % 1", "'%s %r %a' % ('é', 'é', 'é')",
"b'\\x01\\x02\\x03'.hex(':', 2)", "b'\\x01\\x02\\x03'.hex(':', -2)", "b'\\x01\\x02\\x03'.hex(b'-')", "b'ab'.hex('::')", "b'ab'.hex(1)", "b'ab'.hex('é')", "b''.hex(':')",
"list(memoryview(b'abc'))", "memoryview(b'abc')[1]", "memoryview(b'abcdef')[1:5:2].tobytes()", "memoryview(b'abc')[::-1].tolist()", "memoryview(b'abc')[5]", "memoryview(b'abc')['x']", "memoryview(1)", "len(memoryview(bytearray(5)))",
"memoryview(b'abc') == b'abc'", "b'abc' == memoryview(b'abc')", "memoryview(b'abc') < b'abd'", "hash(memoryview(b'abc')) == hash(b'abc')", "hash(memoryview(bytearray(b'abc')))",
"memoryview(b'x').readonly, memoryview(bytearray(b'x')).readonly, memoryview(b'xy').format, memoryview(b'xy').itemsize, memoryview(b'xy').nbytes, memoryview(b'xyz')[::2].shape, memoryview(b'xyz')[::2].strides, memoryview(b'xyz')[::2].contiguous, memoryview(b'x').ndim",
"int(memoryview(b'12')), float(memoryview(b'1.5')), float(b' 2.5 '), int(bytearray(b' 7'))", "int(memoryview(b'x'))", "float(bytearray(b'x'))", "bytes(memoryview(b'abc')[::2])", "bytearray(memoryview(b'ab'))", "eval(memoryview(b'1+2'))", "eval(bytearray(b'3*3'))",
"memoryview(b'') + b''", "str(memoryview(b'ab').obj)", "memoryview(b'ab').hex(':')", "memoryview(b'ab')[::-1].hex()",
]
for t in tests:
  try: print(t, '=>', repr(eval(t)))
  except Exception as e: print(t, '=>', type(e).__name__, e)
b = bytearray(b'hello')
m = memoryview(b)
m[0] = 72
m[1:3] = b'EL'
print(b, m.obj is b)
for op in ("b.append(1)", "b.extend(b'x')", "b.clear()", "b.pop()", "b += b'x'", "del b[0]", "b[0:1] = b''", "m[0] = 256", "m[0] = 'a'", "m[0:2] = b'abc'", "del m[0]", "memoryview(b'ab')[0] = 1", "b[0:1] = b'Z'"):
  try:
    exec(op)
    print(op, 'ok', b)
  except Exception as e:
    print(op, type(e).__name__, e)
m.release()
print(repr(m)[:10])
b.append(33); print(b)
for op in ("len(m)", "m[0]", "m.tobytes()", "m.obj", "m == m", "m == b'x'"):
  try: print(op, eval(op))
  except Exception as e: print(op, type(e).__name__, e)
print(repr(m).startswith('<released memory at 0x'), repr(memoryview(b'')).startswith('<memory at 0x'))
with memoryview(b) as mm:
    print(mm[0], mm.tolist())
print(repr(mm)[:10])
b.append(34)
print(b)
mv = memoryview(bytearray(b'0123456789'))
mv[1:] = mv[:-1]
print(mv.obj)
mv2 = memoryview(mv)[2:5]
print(mv2.tobytes(), bytes(mv2), mv2.obj is mv.obj)
