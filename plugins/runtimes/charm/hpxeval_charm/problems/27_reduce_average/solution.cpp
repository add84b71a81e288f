// Each Worker element reduces one slice of the input; contribute() combines the partial
// results with a built-in reducer, delivered to the waiting CkCallbackResumeThread.
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
        double acc = 0.0;
        for (std::size_t i = lo; i < hi; ++i) acc += values[i];
        contribute(sizeof acc, &acc, CkReduction::sum_double, done);
    }
};

double average(std::vector<double> const& x) {
    values = x.data();
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    CkReductionMsg *msg = nullptr;
    workers.run(pieces, CkCallbackResumeThread((void *&)msg));
    double const total = *static_cast<double *>(msg->getData());
    delete msg;
    workers.ckDestroy();
    return total / static_cast<double>(x.size());
}
