// Stable locale-sensitive output in every test run.
process.env.TZ = "Asia/Bangkok";
