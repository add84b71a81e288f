double smallestArea(std::vector<Point> const& points) {
    return 0.0;
}
