#pragma once
#include <cstddef>

/* One nonzero entry of a sparse vector: its position and its value. */
struct Element {
    size_t index;
    double value;
};
