#pragma once
#include <cstddef>

/* One nonzero entry of a sparse matrix in coordinate (COO) format. */
struct COOElement {
    size_t row, column;
    double value;
};
