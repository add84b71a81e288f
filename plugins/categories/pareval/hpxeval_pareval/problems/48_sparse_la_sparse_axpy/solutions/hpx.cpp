void sparseAxpy(double alpha, std::vector<Element> const& x, std::vector<Element> const& y, std::vector<double> &z) {
    // Indices are distinct within each list, so each pass is free of races; z starts at zero.
    auto scaled = [&](Element const& e) { z[e.index] = alpha * e.value; };
    auto added = [&](Element const& e) { z[e.index] += e.value; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::for_each(hpx::execution::par, x.begin(), x.end(), scaled);
    hpx::for_each(hpx::execution::par, y.begin(), y.end(), added);
#else
    hpx::parallel::for_each(hpx::parallel::execution::par, x.begin(), x.end(), scaled);
    hpx::parallel::for_each(hpx::parallel::execution::par, y.begin(), y.end(), added);
#endif
}
