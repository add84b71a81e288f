double average(std::vector<double> const& x) {
    // Wrong: divides by one more than the number of values.
    double sum = 0.0;
    for (double v : x) sum += v;
    return sum / static_cast<double>(x.size() + 1);
}
