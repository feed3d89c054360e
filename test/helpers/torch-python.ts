import { execFileSync } from 'node:child_process';

/**
 * The Python interpreter that can import torch: TRAINYARD_PYTHON (scripts/with-services.sh
 * installs Debian's python3-torch when it can and exports it), else python3. Null, with the
 * reason printed, where there is none: then only the torch trainer's tests are skipped.
 */
function findTorchPython(): string | null {
  const python = process.env.TRAINYARD_PYTHON ?? 'python3';
  try {
    execFileSync(python, ['-c', 'import torch'], { stdio: 'pipe' });
    return python;
  } catch (error) {
    console.warn(
      `skipping the PyTorch trainer's tests: ${python} cannot import torch (${(error as Error).message.split('\n')[0]}); ` +
        'install python3-torch (as root, `npm test` does) or set TRAINYARD_PYTHON',
    );
    return null;
  }
}

export const torchPython = findTorchPython();
