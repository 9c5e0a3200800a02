#include "core/version.h"

#include <cstdio>

int main(int, char **)
{
    std::printf("moltdesk %s\n", Moltdesk::Core::kVersion);
    return 0;
}
