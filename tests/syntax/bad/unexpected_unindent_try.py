try:
    x
  y
