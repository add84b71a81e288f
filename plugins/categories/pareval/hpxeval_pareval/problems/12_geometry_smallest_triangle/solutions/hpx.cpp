double smallestArea(std::vector<Point> const& points) {
    // Task t takes the rows i = t, t + tasks, t + 2*tasks, ...: the shrinking rows of the triple
    // loop are spread evenly. The minimum of the task minima is the answer.
    std::size_t const n = points.size();
    std::size_t const tasks = 8 * std::max<std::size_t>(1, hpx::get_num_worker_threads());
    std::vector<hpx::future<double>> parts;
    for (std::size_t t = 0; t < tasks; ++t) {
        parts.push_back(hpx::async([&points, n, t, tasks] {
            double smallest = std::numeric_limits<double>::infinity();
            for (std::size_t i = t; i + 2 < n; i += tasks)
                for (std::size_t j = i + 1; j + 1 < n; ++j)
                    for (std::size_t k = j + 1; k < n; ++k)
                        smallest = std::min(smallest, triangleArea(points[i], points[j], points[k]));
            return smallest;
        }));
    }
    double smallest = std::numeric_limits<double>::infinity();
    for (auto &part : parts) smallest = std::min(smallest, part.get());
    return smallest;
}
