// The standalone Light tier: no libpython, one binary per target.
#include "light/light_main.h"

int main(int argc, char** argv) { return pytier::light::main(argc, argv); }
