void negateOddsAndHalveEvens(std::vector<int> &x) {
    // Wrong: v % 2 == 1 is false for negative odd values, which are then halved.
    for (int &v : x) v = (v % 2 == 1) ? -v : v / 2;
}
