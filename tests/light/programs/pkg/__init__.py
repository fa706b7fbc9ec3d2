from .helper import twice
VERSION = "1.0"
