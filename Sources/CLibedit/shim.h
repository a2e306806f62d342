#ifndef RINGBACK_CLIBEDIT_SHIM_H
#define RINGBACK_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
