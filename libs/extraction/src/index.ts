export * from './casualty-figure';
