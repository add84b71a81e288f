void sortIgnoreZero(std::vector<int> &x) {
    // Gather the non-zero values and their positions, sort the values in parallel, and write
    // them back into those positions.
    std::vector<size_t> positions;
    std::vector<int> values;
    for (size_t i = 0; i < x.size(); ++i)
        if (x[i] != 0) {
            positions.push_back(i);
            values.push_back(x[i]);
        }
    auto put = [&](size_t j) { x[positions[j]] = values[j]; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::sort(hpx::execution::par, values.begin(), values.end());
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, values.size(), put);
#else
    hpx::parallel::sort(hpx::parallel::execution::par, values.begin(), values.end());
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, values.size(), put);
#endif
}
