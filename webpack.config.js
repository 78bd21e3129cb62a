// The Excel add-in build: one page, taskpane.html, is the shared runtime of the task pane (React +
// Fluent UI v9) and the ITA.* custom functions (functions.json generated from their JSDoc); pane.html
// is the same pane without the functions, for the pane-only manifest (manifest-pane-only.xml).
//   npm run build        production: dist/ with the manifest pointing at ITA_PUBLIC_URL
//   npm run build:dev    development: dist/ with the https://localhost:3000 manifest
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs
// office.js comes from its CDN; the page's Content-Security-Policy allows scripts only from the
// page itself and that CDN, and no other origin for anything. React is its own chunk; the .xlsx
// code of the browser preview (exceljs) is a chunk loaded on demand, never when the pane opens in Excel.
"use strict";

const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEFAULT_PUBLIC_URL, DEV_ORIGIN, paneOnlyManifest, productionManifest, publicUrl } = require("./scripts/manifest");

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const FUNCTIONS = "./src/functions/functions.ts";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/** The page's Content-Security-Policy (a meta tag in taskpane.html). */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    // Fluent UI (Griffel) inserts its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // Development: the dev server's live-reload socket.
    `connect-src 'self'${dev ? ` wss://localhost:${DEV_PORT}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Trusted development certificates (npm start installs them); else the dev server's self-signed one. */
async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    console.warn(`webpack: no trusted development certificate (${err && err.message ? err.message : err}); using a self-signed one`);
    return {};
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const baseUrl = dev ? DEV_ORIGIN : publicUrl();
  if (!dev && baseUrl === DEFAULT_PUBLIC_URL)
    console.warn(
      `webpack: the manifests point at the placeholder ${DEFAULT_PUBLIC_URL}: set ITA_PUBLIC_URL to the server that will host dist/`,
    );
  const manifestFor = (xml) => (dev ? xml : productionManifest(xml, baseUrl));
  const hasFunctions = fs.existsSync(path.resolve(__dirname, FUNCTIONS));
  if (!hasFunctions) console.warn(`webpack: ${FUNCTIONS} not found: building the task pane without custom functions`);

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      ...(hasFunctions ? { functions: FUNCTIONS } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      // No Node stubs: the browser code (src/core, src/xlsx, the pane) imports no Node built-in.
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      // exceljs' browser build is a finished bundle: no need to parse it (the preview chunk only).
      noParse: /[\\/]exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; here only transpile, as ES modules so that
              // webpack can split chunks and load the preview on demand.
              transpileOnly: true,
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime on the page: the pane and the functions share module instances.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: "react",
            chunks: "initial",
            priority: 30,
            enforce: true,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|use-sync-external-store|@emotion)[\\/]/,
            name: "fluent",
            chunks: "initial",
            priority: 20,
          },
          // Code both entries use (src/core, the functions' context) is loaded once.
          common: { name: "common", chunks: "initial", minChunks: 2, priority: 10, reuseExistingChunk: true },
          // The Word document's libraries, apart from exceljs: the pane in Excel loads them only for the document.
          documentVendors: {
            test: /[\\/]node_modules[\\/](docx|fflate|nanoid)[\\/]/,
            name: "o42-vendors",
            chunks: "async",
            priority: 15,
            enforce: true,
          },
          vendors: { test: /[\\/]node_modules[\\/]/, name: "preview-vendors", chunks: "async", priority: 10, reuseExistingChunk: true },
          default: false,
          defaultVendors: false,
        },
      },
    },
    performance: { hints: false },
    plugins: [
      ...(hasFunctions ? [new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS })] : []),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "react", "fluent", "common", "taskpane", ...(hasFunctions ? ["functions"] : [])],
        csp: contentSecurityPolicy(dev),
        runtime: "",
        scriptLoading: "defer",
      }),
      // The pane-only page: no custom functions on it (its manifest has no shared runtime).
      new HtmlWebpackPlugin({
        filename: "pane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "react", "fluent", "common", "taskpane"],
        csp: contentSecurityPolicy(dev),
        runtime: "pane",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          { from: "src/taskpane/boot/old-browser.js", to: "old-browser.js" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => Buffer.from(manifestFor(content.toString("utf8"))) },
          {
            from: "manifest.xml",
            to: "manifest-pane-only.xml",
            transform: (content) => Buffer.from(manifestFor(paneOnlyManifest(content.toString("utf8")))),
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      static: { directory: path.resolve(__dirname, "dist"), publicPath: "/" },
      client: { overlay: false },
    },
  };
};

module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
