void jacobi1D(std::vector<double> const& input, std::vector<double> &output) {
    for (double &v : output) v = 0.0;
}
