// Each Worker element reduces one slice of the input; contribute() combines the partial
// results with a built-in reducer, delivered to the waiting CkCallbackResumeThread.
namespace {
double const *xs = nullptr, *ys = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        double acc = 0.0;
        for (std::size_t i = lo; i < hi; ++i) acc += std::min(xs[i], ys[i]);
        contribute(sizeof acc, &acc, CkReduction::sum_double, done);
    }
};

double sumOfMinimumElements(std::vector<double> const& x, std::vector<double> const& y) {
    xs = x.data();
    ys = y.data();
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    double const total = *static_cast<double *>(msg->getData());
    delete msg;
    workers.ckDestroy();
    return total;
}
