size_t findClosestToPi(std::vector<double> const& x) {
    // min_element with a distance comparison returns the first of equally close values.
    auto closer = [](double a, double b) { return std::abs(a - M_PI) < std::abs(b - M_PI); };
#if HPX_VERSION_FULL >= 0x010600
    auto it = hpx::min_element(hpx::execution::par, x.begin(), x.end(), closer);
#else
    auto it = hpx::parallel::min_element(hpx::parallel::execution::par, x.begin(), x.end(), closer);
#endif
    return static_cast<size_t>(it - x.begin());
}
