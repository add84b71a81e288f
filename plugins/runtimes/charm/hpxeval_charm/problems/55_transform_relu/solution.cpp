// Each Worker element transforms one slice in place; an empty contribute() tells the waiting
// CkCallbackResumeThread that every element is done.
namespace {
double *values = nullptr;
std::size_t length = 0;
}  // namespace

class Worker : public CBase_Worker {
  public:
    Worker() {}
    Worker(CkMigrateMessage *) {}
    void run(int pieces, CkCallback done) {
        std::size_t const p = thisIndex, n = length;
        std::size_t const lo = n * p / pieces, hi = n * (p + 1) / pieces;
        for (std::size_t i = lo; i < hi; ++i) 
            if (values[i] < 0.0) values[i] = 0.0;
        contribute(done);
    }
};

void relu(std::vector<double> &x) {
    values = x.data();
    length = x.size();
    int const pieces = 4 * CkNumPes();
    CProxy_Worker workers = CProxy_Worker::ckNew(pieces);
    workers.run(pieces, CkCallbackResumeThread());
    workers.ckDestroy();
}
