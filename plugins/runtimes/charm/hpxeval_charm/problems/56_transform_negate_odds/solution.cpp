// Each Worker element transforms one slice in place; an empty contribute() tells the waiting
// CkCallbackResumeThread that every element is done.
namespace {
int *values = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        for (std::size_t i = lo; i < hi; ++i) values[i] = (values[i] % 2 != 0) ? -values[i] : values[i] / 2;
        contribute(done);
    }
};

void negateOddsAndHalveEvens(std::vector<int> &x) {
    values = x.data();
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    workers.run(pieces, CkCallbackResumeThread());
    workers.ckDestroy();
}
