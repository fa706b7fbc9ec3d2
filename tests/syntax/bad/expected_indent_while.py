while x:
break
