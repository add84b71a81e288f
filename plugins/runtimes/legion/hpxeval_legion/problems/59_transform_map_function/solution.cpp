// Each point task fills one block of the mask. std::vector<bool> packs its values into words,
// so block boundaries are multiples of 64: no two tasks write the same word.
struct Args {
    int const *x;
    std::vector<bool> *mask;
    std::size_t n;
    std::size_t pieces;
};

static void transformPiece(const Legion::Task *task, const std::vector<Legion::PhysicalRegion> &,
                           Legion::Context, Legion::Runtime *) {
    auto const &args = *static_cast<Args const *>(task->args);
    std::size_t const p = task->index_point[0], n = args.n;
    std::size_t const words = (n + 63) / 64;
    std::size_t const lo = std::min(n, 64 * (words * p / args.pieces));
    std::size_t const hi = std::min(n, 64 * (words * (p + 1) / args.pieces));
    for (std::size_t i = lo; i < hi; ++i) (*args.mask)[i] = isPowerOfTwo(args.x[i]);
}

void mapPowersOfTwo(std::vector<int> const& x, std::vector<bool> &mask) {
    Legion::Runtime *runtime = Legion::Runtime::get_runtime();
    Legion::Context ctx = Legion::Runtime::get_context();
    static Legion::TaskID const task_id = [runtime] {
        Legion::TaskID id = runtime->generate_dynamic_task_id();
        Legion::TaskVariantRegistrar registrar(id, "transform_piece", false);
        registrar.add_constraint(Legion::ProcessorConstraint(Legion::Processor::LOC_PROC));
        registrar.set_leaf();
        runtime->register_task_variant<transformPiece>(registrar);
        return id;
    }();
    Legion::Machine::ProcessorQuery cpus(Legion::Machine::get_machine());
    cpus.only_kind(Legion::Processor::LOC_PROC);
    Args args{x.data(), &mask, x.size(), 4 * std::max<std::size_t>(1, cpus.count())};
    Legion::Rect<1> const pieces(0, static_cast<Legion::coord_t>(args.pieces) - 1);
    Legion::IndexTaskLauncher launcher(task_id, Legion::Domain(pieces), Legion::UntypedBuffer(&args, sizeof args),
                                       Legion::ArgumentMap());
    runtime->execute_index_space(ctx, launcher).wait_all_results();
}
