void squareEach(std::vector<int> &x) {
    for (int &v : x) v = 1;
}
