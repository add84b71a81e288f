// One point task per piece counts the true values of its slice; the counts are summed by a
// built-in reduction over the index launch, and the XOR is the parity of the sum.
struct XorArgs {
    std::vector<bool> const *x;
    std::size_t pieces;
};

static std::int64_t countTrues(const Legion::Task *task, const std::vector<Legion::PhysicalRegion> &,
                               Legion::Context, Legion::Runtime *) {
    auto const &args = *static_cast<XorArgs const *>(task->args);
    std::size_t const p = task->index_point[0], n = args.x->size();
    auto const first = args.x->begin() + static_cast<std::ptrdiff_t>(n * p / args.pieces);
    auto const last = args.x->begin() + static_cast<std::ptrdiff_t>(n * (p + 1) / args.pieces);
    return std::count(first, last, true);  // counts whole words of the packed vector<bool>
}

bool reduceLogicalXOR(std::vector<bool> const& x) {
    Legion::Runtime *runtime = Legion::Runtime::get_runtime();
    Legion::Context ctx = Legion::Runtime::get_context();
    static Legion::TaskID const task_id = [runtime] {
        Legion::TaskID id = runtime->generate_dynamic_task_id();
        Legion::TaskVariantRegistrar registrar(id, "count_trues", false);
        registrar.add_constraint(Legion::ProcessorConstraint(Legion::Processor::LOC_PROC));
        registrar.set_leaf();
        runtime->register_task_variant<std::int64_t, countTrues>(registrar);
        return id;
    }();
    Legion::Machine::ProcessorQuery cpus(Legion::Machine::get_machine());
    cpus.only_kind(Legion::Processor::LOC_PROC);
    XorArgs args{&x, 4 * std::max<std::size_t>(1, cpus.count())};
    Legion::Rect<1> pieces(0, static_cast<Legion::coord_t>(args.pieces) - 1);
    Legion::IndexTaskLauncher launcher(task_id, Legion::Domain(pieces), Legion::UntypedBuffer(&args, sizeof args),
                                       Legion::ArgumentMap());
    Legion::Future total = runtime->execute_index_space(ctx, launcher, LEGION_REDOP_SUM_INT64);
    return total.get_result<std::int64_t>() % 2 == 1;
}
