#pragma once
#include <cmath>

inline double distance(double x1, double x2) {
    return std::abs(x1 - x2);
}
