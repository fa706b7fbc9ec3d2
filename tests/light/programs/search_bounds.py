s="hello world"; b=b"hello world"; ba=bytearray(b)
for x in (s,b,ba):
    n = "o" if x is s else b"o"
    print(x.find(n,5), x.find(n,-3), x.rfind(n,0,-4), x.count(n,None,100), x.startswith(n[:0]+x[4:5],4), x.endswith(x[-2:],-100,None), x.find(n,20), x.count(n,-100,-1))
    try: x.find(n,"a")
    except TypeError as e: print(e)
