double smallestArea(std::vector<Point> const& points) {
    double smallest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 2 < points.size(); ++i)
        for (std::size_t j = i + 1; j + 1 < points.size(); ++j)
            for (std::size_t k = j + 1; k < points.size(); ++k)
                smallest = std::min(smallest, triangleArea(points[i], points[j], points[k]));
    return smallest;
}
