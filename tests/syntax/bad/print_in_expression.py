x = print y
