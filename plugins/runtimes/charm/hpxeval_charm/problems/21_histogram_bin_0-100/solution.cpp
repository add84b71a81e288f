// Each Worker element counts one slice of the input; contribute() sums the partial
// histograms element-wise (CkReduction::sum_ulong_long) into the waiting callback.
namespace {
double const *values = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        unsigned long long local[10] = {};
        for (std::size_t i = lo; i < hi; ++i) ++local[values[i] >= 100.0 ? 9 : static_cast<std::size_t>(values[i] / 10.0)];
        contribute(sizeof local, local, CkReduction::sum_ulong_long, done);
    }
};

void binsBy10Count(std::vector<double> const& x, std::array<size_t, 10> &bins) {
    values = x.data();
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    auto const *counts = static_cast<unsigned long long *>(msg->getData());
    for (std::size_t b = 0; b < 10; ++b) bins[b] = counts[b];
    delete msg;
    workers.ckDestroy();
}
