void squareEach(std::vector<int> &x) {
    for (int &v : x) v *= v;
}
