void relu(std::vector<double> &x) {
    for (double &v : x) v = std::max(0.0, v);
}
