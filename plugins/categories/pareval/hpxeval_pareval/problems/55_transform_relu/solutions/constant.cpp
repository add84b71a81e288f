void relu(std::vector<double> &x) {
    for (double &v : x) v = 0.0;
}
