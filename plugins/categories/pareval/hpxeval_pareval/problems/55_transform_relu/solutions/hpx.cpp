void relu(std::vector<double> &x) {
    auto const clamp = [](double &v) { if (v < 0.0) v = 0.0; };
#if HPX_VERSION_FULL >= 0x010600
    hpx::for_each(hpx::execution::par, x.begin(), x.end(), clamp);
#else
    hpx::parallel::for_each(hpx::parallel::execution::par, x.begin(), x.end(), clamp);
#endif
}
