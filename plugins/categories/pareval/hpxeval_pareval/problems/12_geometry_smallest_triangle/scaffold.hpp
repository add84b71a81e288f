#pragma once
#include <cmath>

struct Point {
    double x, y;
};

inline double triangleArea(Point const& A, Point const& B, Point const& C) {
    return 0.5 * std::abs(A.x * (B.y - C.y) + B.x * (C.y - A.y) + C.x * (A.y - B.y));
}
