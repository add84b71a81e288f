void sparseAxpy(double alpha, std::vector<Element> const& x, std::vector<Element> const& y, std::vector<double> &z) {
    // z starts at zero. An index may be listed more than once (its entries add up); such entries
    // are adjacent, so only the first entry of each run writes, adding up the whole run: no two
    // tasks ever touch the same element of z within a pass.
    auto runSum = [](std::vector<Element> const& v, size_t k) {
        double s = 0.0;
        for (size_t r = k; r < v.size() && v[r].index == v[k].index; ++r) s += v[r].value;
        return s;
    };
    auto scaled = [&](size_t k) {
        if (k == 0 || x[k - 1].index != x[k].index) z[x[k].index] = alpha * runSum(x, k);
    };
    auto added = [&](size_t k) {
        if (k == 0 || y[k - 1].index != y[k].index) z[y[k].index] += runSum(y, k);
    };
#if HPX_VERSION_FULL >= 0x010600
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, x.size(), scaled);
    hpx::experimental::for_loop(hpx::execution::par, size_t{0}, y.size(), added);
#else
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, x.size(), scaled);
    hpx::parallel::for_loop(hpx::parallel::execution::par, size_t{0}, y.size(), added);
#endif
}
