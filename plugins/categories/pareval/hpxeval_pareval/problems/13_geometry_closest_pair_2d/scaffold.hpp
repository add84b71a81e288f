#pragma once
#include <cmath>

struct Point {
    double x, y;
};

inline double distance(Point const& p1, Point const& p2) {
    return std::sqrt((p2.x - p1.x) * (p2.x - p1.x) + (p2.y - p1.y) * (p2.y - p1.y));
}
