bool reduceLogicalXOR(std::vector<bool> const& x) {
    // Count the true values in parallel; the XOR is the parity of that count.
#if HPX_VERSION_FULL >= 0x010600
    auto count = hpx::count(hpx::execution::par, x.begin(), x.end(), true);
#else
    auto count = hpx::parallel::count(hpx::parallel::execution::par, x.begin(), x.end(), true);
#endif
    return count % 2 == 1;
}
