import { dilemmaSimulationFigures } from './dilemma-simulation.bench.ts';
import { dilemmaUseCaseFigures } from './dilemma-use-case.bench.ts';
import { machine, record } from './harness.ts';

/** `npm run bench`: every benchmark in turn; the figures go to bench/results/latest.json. */
console.log('machine:', machine());
record([...(await dilemmaSimulationFigures()), ...(await dilemmaUseCaseFigures())]);
