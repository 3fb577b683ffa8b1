const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      // Operational commands, bundled beside main.js for the Docker image.
      additionalEntryPoints: [
        { entryName: 'migrate', entryPath: './src/cli/migrate.ts' },
        { entryName: 'create-admin', entryPath: './src/cli/create-admin.ts' },
        { entryName: 'bench', entryPath: './src/bench/bench.ts' },
      ],
      tsConfig: './tsconfig.app.json',
      assets: [
        './src/assets',
        // The Unicode font embedded in printed PDFs (platform/pdf-fonts.ts).
        { input: '../../node_modules/dejavu-fonts-ttf/ttf', glob: 'DejaVuSans{,-Bold}.ttf', output: 'assets/fonts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
    })
  ],
};
