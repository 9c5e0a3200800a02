#pragma once

// What every fuzz target uses to state a property of the parser it drives (docs/fuzzing.md):
// a failed FUZZ_CHECK prints the property and aborts, so libFuzzer records the input as a crash.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                 \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "%s:%d: property violated: %s\n  (%s)\n", __FILE__, __LINE__, what, \
                         #condition);                                                               \
            std::abort();                                                                           \
        }                                                                                           \
    } while (false)
