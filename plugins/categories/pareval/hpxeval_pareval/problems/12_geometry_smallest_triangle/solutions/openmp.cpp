double smallestArea(std::vector<Point> const& points) {
    long long const n = static_cast<long long>(points.size());
    double smallest = std::numeric_limits<double>::infinity();
    // Rows of the triple loop shrink with i: hand them out dynamically.
#pragma omp parallel for schedule(dynamic, 1) reduction(min : smallest)
    for (long long i = 0; i < n - 2; ++i)
        for (long long j = i + 1; j < n - 1; ++j)
            for (long long k = j + 1; k < n; ++k)
                smallest = std::min(smallest, triangleArea(points[i], points[j], points[k]));
    return smallest;
}
