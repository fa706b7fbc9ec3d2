a + b, c = d
